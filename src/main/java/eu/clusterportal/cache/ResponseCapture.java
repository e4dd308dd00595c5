package eu.clusterportal.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.function.Predicate;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;

/**
 * Holds back the body of an answer, so that the page cache can keep it and send it with
 * its ETag, up to a limit: a larger body (a big CSV file) goes to the client as it comes,
 * from the bytes held so far on, with the length the portal gave it, if any. An answer
 * the cache would not keep anyway (a PDF, a part of one) is not held at all. Other
 * headers and the status go to the response at once.
 */
final class ResponseCapture extends HttpServletResponseWrapper {

	private final int limit;

	private final Predicate<HttpServletResponse> keepable;

	private final ByteArrayOutputStream held = new ByteArrayOutputStream();

	private boolean streaming;

	/** The Content-Length set while the body was held, or -1. */
	private long contentLength = -1;

	private ServletOutputStream outputStream;

	private PrintWriter writer;

	/**
	 * @param keepable whether the cache might keep the answer, asked when its body starts
	 */
	ResponseCapture(HttpServletResponse response, int limit, Predicate<HttpServletResponse> keepable) {
		super(response);
		this.limit = limit;
		this.keepable = keepable;
	}

	/** The whole body, or null when it outgrew the limit and went out as it came. */
	byte[] body() {
		if (this.writer != null) {
			this.writer.flush();
		}
		return this.streaming ? null : this.held.toByteArray();
	}

	/** Sends the body held back, as the response would have. */
	void sendHeldBody() throws IOException {
		byte[] body = body();
		if (body != null && body.length > 0) {
			getResponse().setContentLength(body.length);
			getResponse().getOutputStream().write(body);
		}
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (this.outputStream == null) {
			this.outputStream = new HoldingOutputStream();
		}
		return this.outputStream;
	}

	@Override
	public PrintWriter getWriter() {
		if (this.writer == null) {
			this.writer = new PrintWriter(
					new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
		}
		return this.writer;
	}

	@Override
	public void setContentLength(int length) {
		setContentLengthLong(length);
	}

	@Override
	public void setContentLengthLong(long length) {
		if (this.streaming) {
			super.setContentLengthLong(length);
		}
		else {
			this.contentLength = length;
		}
	}

	@Override
	public void setHeader(String name, String value) {
		if (this.streaming || !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
			super.setHeader(name, value);
		}
		else {
			this.contentLength = (value != null) ? Long.parseLong(value) : -1;
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (this.streaming || !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
			super.addHeader(name, value);
		}
		else {
			this.contentLength = Long.parseLong(value);
		}
	}

	@Override
	public void flushBuffer() throws IOException {
		if (this.streaming) {
			super.flushBuffer();
		}
	}

	@Override
	public void resetBuffer() {
		this.held.reset();
		super.resetBuffer();
	}

	@Override
	public void reset() {
		this.held.reset();
		super.reset();
	}

	@Override
	public void sendError(int status) throws IOException {
		this.held.reset();
		super.sendError(status);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		this.held.reset();
		super.sendError(status, message);
	}

	@Override
	public void sendRedirect(String location) throws IOException {
		this.held.reset();
		super.sendRedirect(location);
	}

	private void write(byte[] bytes, int offset, int length) throws IOException {
		if (!this.streaming
				&& (this.held.size() + length > this.limit || (this.held.size() == 0 && !this.keepable.test(this)))) {
			this.streaming = true;
			if (this.contentLength >= 0) {
				getResponse().setContentLengthLong(this.contentLength);
			}
			getResponse().getOutputStream().write(this.held.toByteArray());
			this.held.reset();
		}
		if (this.streaming) {
			getResponse().getOutputStream().write(bytes, offset, length);
		}
		else {
			this.held.write(bytes, offset, length);
		}
	}

	private final class HoldingOutputStream extends ServletOutputStream {

		@Override
		public void write(int b) throws IOException {
			ResponseCapture.this.write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			ResponseCapture.this.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			if (ResponseCapture.this.streaming) {
				getResponse().getOutputStream().flush();
			}
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException("The page cache holds answers written in blocking mode only");
		}

	}

}
