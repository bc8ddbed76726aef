// The points suggested for untagged paragraphs, in a chunk of their own: drafting-metrics'
// word index (stemming, stop words, BM25) is loaded once a person reaches a paragraph, not
// with the statement's first screen (./usePointSuggestions.ts, issue #19).
export { paragraphSuggestions } from '@plenary/drafting-metrics';
