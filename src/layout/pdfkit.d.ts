// pdfkit, which react-pdf writes its PDFs with: only its document class, whose prototype pdfkit-fonts.ts changes. It has no types of its own.
declare module 'pdfkit' {
  const PDFDocument: { prototype: object };
  export default PDFDocument;
}
