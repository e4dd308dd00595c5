package eu.clusterportal.content;

/**
 * A piece of a stored file: its bytes, starting at {@code position} in the file.
 */
record FileChunk(long position, byte[] data) {

	/** The position just after the piece. */
	long end() {
		return position + data.length;
	}

	boolean contains(long offset) {
		return offset >= position && offset < end();
	}

}
