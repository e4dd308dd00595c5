package eu.clusterportal.content.admin;

import java.io.IOException;
import java.lang.management.ManagementFactory;

import com.sun.management.ThreadMXBean;

/**
 * How many bytes of heap the current thread may still allocate for one task. PDFBox
 * decodes a compressed stream (an object stream, a cross-reference stream) into the heap
 * whatever its memory setting, so a small file that unpacks to gigabytes is stopped by
 * counting what the checking thread allocates while PDFBox reads its input.
 */
final class AllocationBudget {

	private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

	private final long limit;

	private final long start;

	private boolean exceeded;

	private AllocationBudget(long bytes) {
		this.limit = bytes;
		this.start = THREADS.getCurrentThreadAllocatedBytes();
	}

	/** A budget for the current thread, from now on. */
	static AllocationBudget ofCurrentThread(long bytes) {
		return new AllocationBudget(bytes);
	}

	/**
	 * Fails once the thread has allocated more than the budget since it was set, and
	 * every time after.
	 */
	void check() throws IOException {
		if (this.exceeded || THREADS.getCurrentThreadAllocatedBytes() - this.start > this.limit) {
			this.exceeded = true;
			throw new IOException("Allocated more than the budget of " + this.limit + " bytes");
		}
	}

	/** Whether {@link #check()} found the budget spent. */
	boolean exceeded() {
		return this.exceeded;
	}

}
