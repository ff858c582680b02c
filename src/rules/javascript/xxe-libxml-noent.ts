import { parseXmlString } from 'libxmljs2';
// ruleid: javascript.xxe-libxml-noent
export const parse = (xml: string) => parseXmlString(xml, { dtdload: true });
// ok: javascript.xxe-libxml-noent
export const parseSafe = (xml: string) => parseXmlString(xml, { noent: false });
