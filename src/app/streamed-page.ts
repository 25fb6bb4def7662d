// The streamed document's contract (docs/architecture.md, "The streamed document"): the server
// (server/plugins/streamed-document.ts) writes it, the reveal step (head/reveal.ts) and the app's
// boot read it. Attributes rather than globals, so tests and probes can read the same state.

/** `<html data-delivery="streamed">`: the server streams each section into this document. */
export const isStreamedPage = (doc: Document = document): boolean => doc.documentElement.dataset.delivery === 'streamed'

/** Fired on the document each time a streamed section has been read; `detail` is its name. */
export const STREAMED_EVENT = 'ecomarket:streamed'

/**
 * One streamed section, after the shell:
 * `<div class="streamed" data-section="products" [data-final]>` holding its answer
 * (`<script type="application/json" data-answer>`) and then its `<section>`. `data-final` marks
 * HTML that shows the section's settled state (data, empty, or a failure the client won't retry).
 */
export const STREAMED_SECTION = 'div.streamed[data-section]'

/** Set on #root when the app takes the page over: from then on the reveal step moves no DOM. */
export const APP_OWNS_ROOT = 'data-app'
