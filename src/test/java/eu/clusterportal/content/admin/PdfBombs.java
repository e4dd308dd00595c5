package eu.clusterportal.content.admin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Small one-page PDFs with one compressed stream that unpacks to a given size: the
 * cross-reference stream, or the object stream that holds the catalog. PDFBox unpacks
 * either whole into the heap when it opens the file.
 */
final class PdfBombs {

	private PdfBombs() {
	}

	/**
	 * A PDF whose compressed cross-reference stream unpacks to {@code unpacked} bytes.
	 */
	static byte[] crossReferenceStream(long unpacked) {
		Pdf pdf = new Pdf();
		pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
		pdf.pages();
		int xref = pdf.offset();
		ByteArrayOutputStream entries = new ByteArrayOutputStream();
		entry(entries, 0, 0, 0xffff);
		for (int offset : pdf.offsets) {
			entry(entries, 1, offset, 0);
		}
		entry(entries, 1, xref, 0);
		byte[] data = deflate(entries.toByteArray(), unpacked, (byte) 0);
		pdf.stream(4, "/Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode", data);
		return pdf.end(xref);
	}

	/**
	 * A PDF whose catalog lies in a compressed object stream of {@code unpacked} bytes.
	 */
	static byte[] objectStream(long unpacked) {
		Pdf pdf = new Pdf();
		pdf.pages();
		String header = "1 0 ";
		byte[] objects = (header + "<< /Type /Catalog /Pages 2 0 R >>").getBytes(StandardCharsets.US_ASCII);
		pdf.stream(4, "/Type /ObjStm /N 1 /First " + header.length() + " /Filter /FlateDecode",
				deflate(objects, unpacked, (byte) ' '));
		int xref = pdf.offset();
		ByteArrayOutputStream entries = new ByteArrayOutputStream();
		entry(entries, 0, 0, 0xffff);
		entry(entries, 2, 4, 0);
		for (int offset : pdf.offsets) {
			entry(entries, 1, offset, 0);
		}
		entry(entries, 1, xref, 0);
		pdf.stream(5, "/Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R", entries.toByteArray());
		return pdf.end(xref);
	}

	private static void entry(ByteArrayOutputStream out, int type, int field2, int field3) {
		out.write(type);
		out.write(field2 >>> 24);
		out.write(field2 >>> 16);
		out.write(field2 >>> 8);
		out.write(field2);
		out.write(field3 >>> 8);
		out.write(field3);
	}

	/** The content followed by filler up to {@code unpacked} bytes, deflated. */
	private static byte[] deflate(byte[] content, long unpacked, byte filler) {
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		deflater.setInput(content);
		drain(deflater, out, buffer);
		byte[] filling = new byte[1024 * 1024];
		Arrays.fill(filling, filler);
		for (long left = unpacked - content.length; left > 0; left -= filling.length) {
			deflater.setInput(filling, 0, (int) Math.min(left, filling.length));
			drain(deflater, out, buffer);
		}
		deflater.finish();
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	private static void drain(Deflater deflater, ByteArrayOutputStream out, byte[] buffer) {
		while (!deflater.needsInput()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
	}

	/** Writes objects in order of their numbers and remembers their offsets. */
	private static final class Pdf {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final List<Integer> offsets = new ArrayList<>();

		Pdf() {
			write("%PDF-1.7\n");
		}

		int offset() {
			return this.out.size();
		}

		void pages() {
			object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
			object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
		}

		void object(int number, String dictionary) {
			this.offsets.add(offset());
			write(number + " 0 obj\n" + dictionary + "\nendobj\n");
		}

		void stream(int number, String dictionary, byte[] data) {
			this.offsets.add(offset());
			write(number + " 0 obj\n<< " + dictionary + " /Length " + data.length + " >>\nstream\n");
			this.out.writeBytes(data);
			write("\nendstream\nendobj\n");
		}

		byte[] end(int xref) {
			write("startxref\n" + xref + "\n%%EOF\n");
			return this.out.toByteArray();
		}

		private void write(String text) {
			this.out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
		}

	}

}
