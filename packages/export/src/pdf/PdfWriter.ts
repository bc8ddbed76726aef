import { isRightToLeft, languageFacts, type StatementLanguage } from '@plenary/statement-model';
import PDFDocument from 'pdfkit';
import { fontFace, pdfFonts } from './pdfFonts.js';
import { drawOutlines, extractableFeatures, outlineWidth } from './arabicOutlines.js';
import { drawnText, hasArabic, rtlLines, type Piece } from './rtlLines.js';
import type { PdfRun, RunLayout, TextStyle } from './RunLayout.js';

// A thin layer over pdfkit for flowing UN-style text: styled runs, page-break checks,
// and page numbers stamped on every page once the content is laid out. A right-to-left
// statement (Arabic) is laid out line by line in visual order (rtlLines) and aligned right.

const BODY_SIZE = 11;
const LINE_GAP = 3;
const MARGIN = 72;
const LINK_COLOUR = '#0563c1';
const LATIN = pdfFonts('en');

interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  rtl: boolean;
  private fonts: ReturnType<typeof pdfFonts>;
  /** The font file and size last set by style(). */
  private face = '';
  private size = BODY_SIZE;
  private readonly chunks: Uint8Array[] = [];
  private readonly ended: Promise<void>;

  constructor(info: { title: string; subject?: string; language?: StatementLanguage }) {
    const language = info.language ?? 'en';
    this.fonts = pdfFonts(language);
    this.rtl = isRightToLeft(language);
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      font: this.fonts.regular,
      lang: languageFacts(language).locale,
      displayTitle: true,
      pdfVersion: '1.7',
      // pdfkit fails on an undefined info entry, so Subject is only set when known.
      info: {
        Title: info.title,
        Creator: 'Plenary',
        ...(info.subject ? { Subject: info.subject } : {}),
      },
    });
    this.doc.on('data', (chunk: Uint8Array) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
  }

  /** Switches fonts and direction for what follows (a compilation's annex in its language). */
  setLanguage(language: StatementLanguage = 'en'): void {
    this.fonts = pdfFonts(language);
    this.rtl = isRightToLeft(language);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /**
   * Sets the face for `style`; when `text` has characters the language's face lacks (say
   * superscript note numbers in Noto Naskh Arabic), the Latin face of the same style.
   */
  style(style: TextStyle, text?: string): this {
    const bold = style.bold ?? false;
    const italic = style.italic ?? false;
    this.face = fontFace(this.fonts, bold, italic);
    this.size = style.size ?? BODY_SIZE;
    this.doc.font(this.face).fontSize(this.size);
    if (text !== undefined && this.fonts !== LATIN && !this.covers(text)) {
      this.face = fontFace(LATIN, bold, italic);
      this.doc.font(this.face);
    }
    return this;
  }

  /**
   * Arabic fonts draw some marks (the stroke of a final kaf) as glyphs of their own with no
   * character; mapped to nothing, pdf.js reads them as control characters. They are mapped
   * to ZERO WIDTH JOINER, a format character that search and copy ignore.
   */
  private mapMarkGlyphs(): void {
    const unicode = (this.doc as unknown as { _font?: { unicode?: (number[] | undefined)[] } })
      ._font?.unicode;
    unicode?.forEach((codePoints, gid) => {
      if (codePoints?.length === 0) unicode[gid] = [0x200d];
    });
  }

  private covers(text: string): boolean {
    // pdfkit keeps the fontkit font it embeds; its cmap tells which characters have glyphs.
    const font = (this.doc as unknown as { _font?: { font?: GlyphCoverage } })._font?.font;
    if (!font?.hasGlyphForCodePoint) return true;
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (code > 0x20 && !font.hasGlyphForCodePoint(code)) return false;
    }
    return true;
  }

  lineHeight(style: TextStyle = {}): number {
    return this.style(style).doc.currentLineHeight(true) + LINE_GAP;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    const bottom = this.doc.page.height - this.doc.page.margins.bottom;
    if (this.doc.y + height > bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** One paragraph of plain text in a single style. */
  line(text: string, layout: Partial<RunLayout> & TextStyle): void {
    const run = { text, bold: false, italic: false, underline: false, strike: false, href: null };
    this.runs([run], { x: this.left, width: this.width, spaceAfter: 0, ...layout });
  }

  /** One paragraph of styled runs, flowing across pages as needed. */
  runs(runs: readonly PdfRun[], layout: RunLayout): void {
    if (this.rtl) return this.rtlRuns(runs, layout);
    const pieces = runs.filter((run) => run.text !== '');
    this.ensureSpace(this.lineHeight(layout));
    const y = this.doc.y;
    pieces.forEach((run, index) => {
      this.style(
        { ...layout, bold: layout.bold || run.bold, italic: layout.italic || run.italic },
        run.text,
      );
      this.doc.fillColor(run.colour ?? (run.href ? LINK_COLOUR : 'black'));
      const options: PDFKit.Mixins.TextOptions = {
        width: layout.width,
        align: layout.align ?? 'left',
        lineGap: LINE_GAP,
        continued: index < pieces.length - 1,
        underline: run.underline || run.href !== null,
        strike: run.strike,
        link: run.href,
        goTo: layout.goTo,
        destination: layout.destination,
      };
      if (index === 0) this.doc.text(run.text, layout.x, y, options);
      else this.doc.text(run.text, options);
    });
    this.doc.fillColor('black');
    this.doc.x = this.left;
    this.doc.y += layout.spaceAfter;
  }

  private pieceWidth(piece: Piece, layout: RunLayout): number {
    const { bold, italic } = piece.run;
    const text = drawnText(piece);
    this.style({ ...layout, bold: layout.bold || bold, italic: layout.italic || italic }, text);
    return hasArabic(text)
      ? outlineWidth(this.face, this.size, text)
      : this.doc.widthOfString(text);
  }

  /** A right-to-left paragraph: aligned right unless centred, pieces placed in visual order. */
  private rtlRuns(runs: readonly PdfRun[], layout: RunLayout): void {
    const lines = rtlLines(runs, layout.width, (piece) => this.pieceWidth(piece, layout));
    const height = this.lineHeight(layout);
    for (const line of lines) {
      this.ensureSpace(height);
      const free = layout.width - line.width;
      const start =
        layout.x + (layout.align === 'center' ? free / 2 : layout.align === 'right' ? 0 : free);
      const y = this.doc.y;
      // Drawn left to right with the spaces left as gaps, as PDF readers expect a line of
      // right-to-left text: pdf.js (and copying from a viewer) takes the line as one piece,
      // puts a space in each gap and returns it to logical order with the bidi algorithm.
      // Drawn in logical order, each word would be read apart and the spaces lost.
      const visual = line.pieces.filter((piece) => !/^\s+$/.test(piece.text));
      visual.sort((a, b) => a.x - b.x);
      for (const piece of visual) {
        const { run } = piece;
        const text = drawnText(piece);
        const bold = layout.bold || run.bold;
        this.style({ ...layout, bold, italic: layout.italic || run.italic }, text);
        this.doc.fillColor(run.colour ?? (run.href ? LINK_COLOUR : 'black'));
        this.rtlPiece(text, start + piece.x, y, piece.width, run, layout);
      }
      this.doc.y = y + height;
    }
    this.mapMarkGlyphs();
    this.doc.fillColor('black');
    this.doc.x = this.left;
    this.doc.y += layout.spaceAfter;
  }

  /** One piece of a right-to-left line: Arabic as outlines over invisible text, else text. */
  private rtlPiece(
    text: string,
    x: number,
    y: number,
    width: number,
    run: PdfRun,
    layout: RunLayout,
  ): void {
    const arabic = hasArabic(text);
    const underline = run.underline || run.href !== null;
    if (arabic) drawOutlines(this.doc, this.face, this.size, text, { x, y });
    if (arabic) this.doc.save().fillOpacity(0);
    // The invisible text is scaled to the outlines' width, so a selection covers them and
    // the next piece starts where it ends (a gap there would read as a space).
    const scaling = arabic ? this.scalingToFit(text, width) : 100;
    // pdfkit has the option (`Tz`); its typings (@types/pdfkit) do not list it yet.
    const scaled = { horizontalScaling: scaling } as PDFKit.Mixins.TextOptions;
    this.doc.text(text, x, y, {
      ...scaled,
      features: (arabic ? extractableFeatures() : undefined) as never,
      lineBreak: false,
      underline: underline && !arabic,
      strike: run.strike && !arabic,
      link: run.href,
      goTo: layout.goTo,
    });
    if (arabic) this.doc.restore();
    if (arabic && (underline || run.strike)) {
      const size = this.doc.currentLineHeight();
      const lineY = y + (underline ? size * 0.95 : size / 2);
      this.doc
        .save()
        .lineWidth(0.6)
        .moveTo(x, lineY)
        .lineTo(x + width, lineY)
        .stroke();
      this.doc.restore();
    }
  }

  /** Horizontal scaling (per cent) that makes `text` as wide as `width`. */
  private scalingToFit(text: string, width: number): number {
    const natural = this.doc.widthOfString(text, { features: extractableFeatures() as never });
    return natural > 0 ? (100 * width) / natural : 100;
  }

  /** Text placed at a point without moving the flow (list markers, page numbers). */
  stamp(text: string, x: number, y: number, style: TextStyle & { width?: number } = {}): void {
    this.style(style, text);
    const { x: flowX, y: flowY } = this.doc;
    const free = (style.width ?? 0) - this.doc.widthOfString(text);
    const shift = style.align === 'center' ? free / 2 : style.align === 'right' ? free : 0;
    this.doc.text(text, x + Math.max(0, shift), y, { lineBreak: false });
    this.doc.x = flowX;
    this.doc.y = flowY;
  }

  private numberPages(): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index += 1) {
      this.doc.switchToPage(index);
      const { margins, height } = this.doc.page;
      const saved = margins.bottom;
      margins.bottom = 0;
      const y = height - MARGIN / 2 - 6;
      this.stamp(String(index + 1), this.left, y, { size: 9, width: this.width, align: 'center' });
      margins.bottom = saved;
    }
  }

  async finish(): Promise<Uint8Array> {
    this.numberPages();
    this.doc.end();
    await this.ended;
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}
