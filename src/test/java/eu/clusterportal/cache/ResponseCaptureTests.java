package eu.clusterportal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * An answer up to the limit is held back whole for the cache; a larger one (a big CSV
 * file) goes to the client as it is written, every byte once and in order, with the
 * length it was given.
 */
class ResponseCaptureTests {

	@Test
	void aBodyWithinTheLimitIsHeldBackWhole() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ResponseCapture capture = new ResponseCapture(response, 10, (r) -> true);
		capture.setCharacterEncoding("UTF-8");
		capture.setContentLength(10);
		capture.getWriter().write("0123456789");
		capture.flushBuffer();

		assertThat(capture.body()).asString(StandardCharsets.UTF_8).isEqualTo("0123456789");
		assertThat(response.getContentAsByteArray()).isEmpty();
		assertThat(response.isCommitted()).isFalse();
		assertThat(response.getHeader("Content-Length")).isNull();
	}

	@Test
	void aBodyOverTheLimitGoesOutAsItComesAndIsNotKept() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ResponseCapture capture = new ResponseCapture(response, 10, (r) -> true);
		capture.getOutputStream().write("012345".getBytes(StandardCharsets.US_ASCII));
		capture.getOutputStream().write("6789ab".getBytes(StandardCharsets.US_ASCII));
		capture.getOutputStream().write("cd".getBytes(StandardCharsets.US_ASCII));

		assertThat(capture.body()).isNull();
		assertThat(response.getContentAsString()).isEqualTo("0123456789abcd");
	}

	@Test
	void aBodyOverTheLimitKeepsTheLengthGivenBeforeIt() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ResponseCapture capture = new ResponseCapture(response, 10, (r) -> true);
		capture.setContentLengthLong(14);
		capture.getOutputStream().write("0123456789abcd".getBytes(StandardCharsets.US_ASCII));

		assertThat(capture.body()).isNull();
		assertThat(response.getHeader("Content-Length")).isEqualTo("14");
		assertThat(response.getContentAsString()).isEqualTo("0123456789abcd");
	}

	@Test
	void anAnswerTheCacheWouldNotKeepIsNeverHeld() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ResponseCapture capture = new ResponseCapture(response, 10,
				(r) -> !"application/pdf".equals(r.getContentType()));
		capture.setContentType("application/pdf");
		capture.setContentLengthLong(20_000_000);
		capture.getOutputStream().write("%PDF-".getBytes(StandardCharsets.US_ASCII));

		assertThat(response.getContentAsString()).isEqualTo("%PDF-");
		assertThat(response.getHeader("Content-Length")).isEqualTo("20000000");
		assertThat(capture.body()).isNull();
	}

	@Test
	void anErrorDropsWhatWasHeld() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ResponseCapture capture = new ResponseCapture(response, 10, (r) -> true);
		capture.getOutputStream().write("half".getBytes(StandardCharsets.US_ASCII));
		capture.sendError(404);

		assertThat(capture.body()).isEmpty();
		assertThat(response.getStatus()).isEqualTo(404);
	}

}
