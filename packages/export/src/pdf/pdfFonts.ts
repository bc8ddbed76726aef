import { createRequire } from 'node:module';
import type { StatementLanguage } from '@plenary/statement-model';

// Fonts under the SIL Open Font License 1.1 (which allows embedding in documents), read from
// the TrueType files of npm packages; pdfkit subsets them per document, so a PDF carries only
// the glyphs it uses. Noto Serif covers Latin (with Vietnamese), Greek and Cyrillic; Noto
// Naskh Arabic covers Arabic and basic Latin; Noto Serif SC covers Chinese and Latin.
// Arabic and Chinese have no italic faces: italic text is set upright, as in their print.

export interface PdfFonts {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

type Family = 'serif' | 'naskh' | 'serifSc';

const FILES: Record<
  Family,
  { pkg: string; regular: string; bold: string; italic?: string; boldItalic?: string }
> = {
  serif: {
    pkg: '@expo-google-fonts/noto-serif',
    regular: '400Regular/NotoSerif_400Regular.ttf',
    bold: '700Bold/NotoSerif_700Bold.ttf',
    italic: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
    boldItalic: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
  },
  naskh: {
    pkg: '@expo-google-fonts/noto-naskh-arabic',
    regular: '400Regular/NotoNaskhArabic_400Regular.ttf',
    bold: '700Bold/NotoNaskhArabic_700Bold.ttf',
  },
  serifSc: {
    pkg: '@expo-google-fonts/noto-serif-sc',
    regular: '400Regular/NotoSerifSC_400Regular.ttf',
    bold: '700Bold/NotoSerifSC_700Bold.ttf',
  },
};

const FAMILY: Record<StatementLanguage, Family> = {
  ar: 'naskh',
  zh: 'serifSc',
  en: 'serif',
  fr: 'serif',
  ru: 'serif',
  es: 'serif',
};

const resolved = new Map<Family, PdfFonts>();

/** Absolute paths of the four faces for a statement's language (default Latin script). */
export function pdfFonts(language: StatementLanguage = 'en'): PdfFonts {
  const family = FAMILY[language];
  let fonts = resolved.get(family);
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const files = FILES[family];
    const path = (file: string) => require.resolve(`${files.pkg}/${file}`);
    fonts = {
      regular: path(files.regular),
      bold: path(files.bold),
      italic: path(files.italic ?? files.regular),
      boldItalic: path(files.boldItalic ?? files.bold),
    };
    resolved.set(family, fonts);
  }
  return fonts;
}

export function fontFace(fonts: PdfFonts, bold: boolean, italic: boolean): string {
  if (bold) return italic ? fonts.boldItalic : fonts.bold;
  return italic ? fonts.italic : fonts.regular;
}
