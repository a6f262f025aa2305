/**
 * Test pages written as HTML: parsed by a DOMParser (a document with no browsing
 * context, so nothing it names is fetched or run) and moved into the test's body.
 */
export function setBody(html: string, doc: Document = document): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  doc.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => doc.adoptNode(node)));
}
