package io.github.cchc.rules.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cchc.model.CchcException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents by kind, and what a host that did not bring POI or PDFBox is told. */
class DocumentBlocksTest {
  @Test
  void aHostWithoutPoiOrPdfBoxIsToldWhichLibraryAFileNeeds() throws Exception {
    // cchc's own classes alone, as a service that reads only text has them: POI and PDFBox are optional.
    URL rules = DocumentBlocks.class.getProtectionDomain().getCodeSource().getLocation();
    URL model = CchcException.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader bare = new URLClassLoader(new URL[] {rules, model}, ClassLoader.getPlatformClassLoader())) {
      Class<?> blocks = bare.loadClass(DocumentBlocks.class.getName());
      Class<?> kind = bare.loadClass(DocumentBlocks.Kind.class.getName());
      Method read = blocks.getMethod("read", java.io.InputStream.class, kind, String.class);
      for (String k : List.of("WORD", "PDF")) {
        Object which = kind.getMethod("valueOf", String.class).invoke(null, k);
        InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
            () -> read.invoke(null, new ByteArrayInputStream(new byte[0]), which, "ke-hoach"));
        assertEquals("LibraryMissingException", thrown.getCause().getClass().getSimpleName());
        String expected = k.equals("WORD")
            ? "Reading .docx files needs Apache POI (org.apache.poi:poi-ooxml) on the class or module path"
            : "Reading .pdf files needs Apache PDFBox (org.apache.pdfbox:pdfbox) on the class or module path";
        assertEquals(expected, thrown.getCause().getMessage().substring(0, expected.length()));
      }
      // Text needs neither.
      Object text = kind.getMethod("valueOf", String.class).invoke(null, "TEXT");
      Object read2 = read.invoke(null, new ByteArrayInputStream("KẾ HOẠCH\n".getBytes(StandardCharsets.UTF_8)), text, "a.txt");
      assertEquals("Optional[[Block[line 1: KẾ HOẠCH]]]", read2.toString());
    }
  }

  @Test
  void textThatIsNotUtf8IsRefusedNamingTheFile() {
    byte[] cp1258 = {(byte) 0x4B, (byte) 0xD2, (byte) 0x20};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DocumentBlocks.read(new ByteArrayInputStream(cp1258), DocumentBlocks.Kind.TEXT, "ke-hoach.txt"));
    assertEquals("ke-hoach.txt: not UTF-8 text; save it as UTF-8", e.getMessage());
  }

  @Test
  void kindsAreToldByTheirExtensionWhateverItsCase() {
    assertEquals(java.util.Optional.of(DocumentBlocks.Kind.WORD), DocumentBlocks.Kind.ofFileName("KE-HOACH.DOCX"));
    assertEquals(java.util.Optional.of(DocumentBlocks.Kind.PDF), DocumentBlocks.Kind.ofFileName("a.pdf"));
    assertEquals(java.util.Optional.of(DocumentBlocks.Kind.TEXT), DocumentBlocks.Kind.ofFileName("a.txt"));
    assertEquals(java.util.Optional.empty(), DocumentBlocks.Kind.ofFileName("a.doc"));
  }
}
