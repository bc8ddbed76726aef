// The export renderers (DOCX, PDF with its fonts) cost about 28 MiB once loaded: they are
// loaded on the first export, not at start, so an idle server stays small.
import type * as ExportPackage from '@plenary/export';

type Renderers = typeof ExportPackage;

let loading: Promise<Renderers> | undefined;

export function exportRenderers(): Promise<Renderers> {
  loading ??= import('@plenary/export');
  return loading;
}
