import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';

/**
 * A real .xlsx (Office Open XML) written row by row into fflate's streaming zip, so a million rows never sit in
 * memory at once. Cells are inline strings in the Text number format (long order numbers are never turned into
 * numbers); the sheet has a frozen, bold header row.
 */
export function createXlsxWriter(header: readonly string[], onChunk: (chunk: Uint8Array, final: boolean) => void) {
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    onChunk(chunk, final);
  });
  const addFile = (name: string, text: string) => {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(strToU8(text), true);
  };
  addFile('[Content_Types].xml', CONTENT_TYPES);
  addFile('_rels/.rels', ROOT_RELS);
  addFile('xl/workbook.xml', WORKBOOK);
  addFile('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  addFile('xl/styles.xml', STYLES);
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8(SHEET_START));
  let rowNumber = 0;
  const writeRow = (cells: readonly string[], style = '') => {
    rowNumber++;
    let xml = `<row r="${rowNumber}">`;
    cells.forEach((cell, i) => {
      xml += `<c r="${columnName(i)}${rowNumber}" t="inlineStr"${style}><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
    });
    return `${xml}</row>`;
  };
  sheet.push(strToU8(writeRow(header, ' s="1"')));

  return {
    addRows(rows: readonly (readonly string[])[]) {
      let xml = '';
      // Text-formatted cells: an order number stays text even when someone edits the cell in Excel.
      for (const row of rows) xml += writeRow(row, ' s="2"');
      sheet.push(strToU8(xml));
    },
    finish() {
      sheet.push(strToU8(SHEET_END), true);
      zip.end();
    },
  };
}

/** Excel's limit; a larger export is cut here and the UI says so. */
export const XLSX_MAX_ROWS = 1_048_575;

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

// XML 1.0 cannot carry most control characters at all; they are dropped (matching them is the point).
const escapeXml = (text: string) =>
  // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are exactly what is removed
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[<>&"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[ch]!);

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="actions" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf/><xf fontId="1" applyFont="1"/><xf numFmtId="49" applyNumberFormat="1"/></cellXfs></styleSheet>`;
const SHEET_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>`;
const SHEET_END = '</sheetData></worksheet>';
