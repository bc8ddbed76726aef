import { createRequire } from 'node:module';

// Noto Serif (SIL Open Font License 1.1, which allows embedding in documents), read from
// the TrueType files of the @expo-google-fonts/noto-serif package. It covers Latin with
// Vietnamese, Greek and Cyrillic: "Côte d’Ivoire", "Türkiye", "Đặng Đình Quý", “quotes”, dashes.

export interface PdfFonts {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

const FILES: PdfFonts = {
  regular: '400Regular/NotoSerif_400Regular.ttf',
  bold: '700Bold/NotoSerif_700Bold.ttf',
  italic: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
};

let resolved: PdfFonts | undefined;

/** Absolute paths of the four faces (pdfkit reads and subsets them per document). */
export function pdfFonts(): PdfFonts {
  if (!resolved) {
    const require = createRequire(import.meta.url);
    const path = (file: string) => require.resolve(`@expo-google-fonts/noto-serif/${file}`);
    resolved = {
      regular: path(FILES.regular),
      bold: path(FILES.bold),
      italic: path(FILES.italic),
      boldItalic: path(FILES.boldItalic),
    };
  }
  return resolved;
}

export function fontFace(fonts: PdfFonts, bold: boolean, italic: boolean): string {
  if (bold) return italic ? fonts.boldItalic : fonts.bold;
  return italic ? fonts.italic : fonts.regular;
}
