package eu.clusterportal.content.admin;

import java.io.IOException;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A file for PDFBox to parse that stops it, by failing to read, once it has spent its
 * {@link AllocationBudget}. Decoding a stream reads its compressed bytes a few kilobytes
 * at a time, so the check runs often while anything unpacks.
 */
final class BudgetedRead implements RandomAccessRead {

	/** Single bytes read between two checks. */
	private static final int BYTES_PER_CHECK = 4096;

	private final RandomAccessRead file;

	private final AllocationBudget budget;

	private int uncheckedBytes;

	BudgetedRead(RandomAccessRead file, AllocationBudget budget) {
		this.file = file;
		this.budget = budget;
	}

	@Override
	public int read() throws IOException {
		if (++this.uncheckedBytes >= BYTES_PER_CHECK) {
			this.uncheckedBytes = 0;
			this.budget.check();
		}
		return this.file.read();
	}

	@Override
	public int read(byte[] bytes, int offset, int length) throws IOException {
		this.budget.check();
		return this.file.read(bytes, offset, length);
	}

	@Override
	public long getPosition() throws IOException {
		return this.file.getPosition();
	}

	@Override
	public void seek(long position) throws IOException {
		this.budget.check();
		this.file.seek(position);
	}

	@Override
	public long length() throws IOException {
		return this.file.length();
	}

	@Override
	public boolean isClosed() {
		return this.file.isClosed();
	}

	@Override
	public boolean isEOF() throws IOException {
		return this.file.isEOF();
	}

	/** A view that reads through this file, so that its reads count too. */
	@Override
	public RandomAccessReadView createView(long start, long length) {
		return new RandomAccessReadView(this, start, length);
	}

	@Override
	public void close() throws IOException {
		this.file.close();
	}

}
