/** A speech bubble on the 16-unit grid of the other line icons. */
export function CommentIcon() {
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
      <path d="M2.5 3.5h11v7.5H8l-3 2.5V11H2.5z" />
      <path d="M5 6.25h6M5 8.5h4" />
    </svg>
  );
}
