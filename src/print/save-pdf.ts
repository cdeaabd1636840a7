// Saves a document made with pdf-lib as the renderer would: the leaflet's properties, the build date, no clock.
import { createHash } from 'node:crypto';
import { PDFHexString, type PDFDocument } from '@cantoo/pdf-lib';
import type { DocumentInfo } from '../render/document-info.js';

/**
 * pdf-lib is told not to stamp the current time (`updateMetadata: false` where the document is made);
 * here the dates are the build date, and the file identifier is a digest of what the file was made from,
 * so that the same input builds the same bytes.
 */
export async function savePdf(doc: PDFDocument, info: DocumentInfo, madeFrom: Uint8Array[]): Promise<Uint8Array> {
  doc.setTitle(info.title);
  doc.setAuthor(info.author);
  if (info.subject) doc.setSubject(info.subject);
  if (info.keywords) doc.setKeywords([info.keywords]);
  doc.setLanguage(info.language);
  doc.setCreator(info.creator);
  doc.setProducer(info.producer);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  const digest = createHash('md5');
  for (const bytes of madeFrom) digest.update(bytes);
  const id = PDFHexString.of(digest.digest('hex'));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  // Without object streams the file stays readable by older RIPs, as the renderer's own output is.
  return doc.save({ useObjectStreams: false });
}
