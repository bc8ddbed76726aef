// Line icons for buttons outside the toolbar, on the same 16-unit grid as ToolbarIcon.

const PATHS = {
  up: <path d="M8 13V3M3.5 7.5 8 3l4.5 4.5" />,
  down: <path d="M8 3v10M3.5 8.5 8 13l4.5-4.5" />,
  remove: <path d="M4 4l8 8M12 4l-8 8" />,
  add: <path d="M8 3v10M3 8h10" />,
  upload: <path d="M8 10.5V2.5M4.5 6 8 2.5 11.5 6M2.5 10.5v3h11v-3" />,
  panel: (
    <>
      <rect x="2" y="2.5" width="12" height="11" rx="1.5" />
      <path d="M10 2.5v11" />
    </>
  ),
  search: (
    <>
      <circle cx="7" cy="7" r="4.25" />
      <path d="m10.2 10.2 3.3 3.3" />
    </>
  ),
  quote: <path d="M3 4.5h10M3 8h10M3 11.5h6M12 10.5v3M10.5 12h3" />,
  history: (
    <>
      <path d="M2.8 8a5.2 5.2 0 1 0 1.5-3.7M2.5 2.5v2.3h2.3" />
      <path d="M8 5.2V8l2 1.3" />
    </>
  ),
  download: <path d="M8 2.5v8M4.5 7 8 10.5 11.5 7M2.5 13.5h11" />,
  bell: (
    <>
      <path d="M4 11.5V7a4 4 0 0 1 8 0v4.5l1.25 1.25H2.75z" />
      <path d="M6.5 14a1.6 1.6 0 0 0 3 0" />
    </>
  ),
  comment: (
    <>
      <path d="M2.5 3.5h11v7.5H8l-3 2.5V11H2.5z" />
      <path d="M5 6.25h6M5 8.5h4" />
    </>
  ),
  suggest: (
    <>
      <path d="M10.25 2.75 13.25 5.75 6 13H3v-3z" />
      <path d="M8.75 4.25l3 3" />
    </>
  ),
} as const;

export type LineIconName = keyof typeof PATHS;

export function LineIcon({ name }: { name: LineIconName }) {
  return (
    <svg
      className="line-icon"
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
