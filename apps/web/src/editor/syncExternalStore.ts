// @tiptap/react reads stores through use-sync-external-store's shim, which falls back to an
// implementation of its own for React before 18. React 19 has the hook, so the build points
// the shim here (the "use-sync-external-store/shim" alias in vite.config.ts, issue #19).
export { useSyncExternalStore } from 'react';
