// Line icons drawn for the toolbar on a 16-unit grid, so no icon font or package is needed.

const PATHS = {
  bulletList: (
    <>
      <circle cx="3" cy="4" r="1.25" fill="currentColor" stroke="none" />
      <circle cx="3" cy="8" r="1.25" fill="currentColor" stroke="none" />
      <circle cx="3" cy="12" r="1.25" fill="currentColor" stroke="none" />
      <path d="M6.5 4h7M6.5 8h7M6.5 12h7" />
    </>
  ),
  orderedList: (
    <>
      <path d="M2.2 2.8 3.4 2.2v3.6M2.2 5.8h2.4" strokeWidth="1.1" />
      <path
        d="M2.1 10.1c.2-.6.7-.9 1.2-.9.7 0 1.1.4 1.1 1 0 .9-1.4 1.5-2.3 2.6h2.4"
        strokeWidth="1.1"
      />
      <path d="M6.5 4h7M6.5 11h7" />
    </>
  ),
  blockquote: (
    <path
      fill="currentColor"
      stroke="none"
      d="M2.5 12.5V9.3c0-2.6 1.2-4.6 3.6-5.8l.7 1.1C5.5 5.4 4.8 6.5 4.7 8h2v4.5zm6.5 0V9.3c0-2.6 1.2-4.6 3.6-5.8l.7 1.1c-1.3.8-2 1.9-2.1 3.4h2v4.5z"
    />
  ),
  // A speech bubble struck through: the paragraph is circulated in writing, not read out.
  writtenOnly: (
    <>
      <path d="M3 3.5h10v6.5H7.5L4.5 12.5V10H3z" />
      <path d="M2 14 14 2" />
    </>
  ),
  undo: <path d="M5.5 3.5 2.5 6.5l3 3M2.5 6.5H10a3.5 3.5 0 0 1 0 7H7" />,
  redo: <path d="M10.5 3.5l3 3-3 3M13.5 6.5H6a3.5 3.5 0 0 0 0 7h3" />,
} as const;

export function ToolbarIcon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg
      className="toolbar__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
