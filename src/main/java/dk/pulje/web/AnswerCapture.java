package dk.pulje.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;

/**
 * Holds back the body of an answer while it is small, so that it can be kept and given an
 * entity tag before it is sent. An answer that grows past the limit, or is written later
 * on another thread (an open-data file), goes to the asker as it is written, and is not
 * kept. Headers go straight to the response.
 */
class AnswerCapture extends HttpServletResponseWrapper {

	private final HttpServletRequest request;

	private final int limit;

	private final ByteArrayOutputStream held = new ByteArrayOutputStream(8192);

	private boolean passedOn;

	private boolean abandoned;

	private long declaredLength = -1;

	private @Nullable Locale language;

	private @Nullable ServletOutputStream stream;

	private @Nullable PrintWriter writer;

	AnswerCapture(HttpServletRequest request, HttpServletResponse response, int limit) {
		super(response);
		this.request = request;
		this.limit = limit;
	}

	/**
	 * The body held back, after the handler has returned, or null when it has already
	 * gone to the asker (or will).
	 */
	synchronized byte @Nullable [] heldBody() {
		if (this.writer != null) {
			this.writer.flush();
		}
		if (this.passedOn || this.abandoned || this.request.isAsyncStarted()) {
			passOn();
			return null;
		}
		return this.held.toByteArray();
	}

	/** Sends what was held back as it is. */
	synchronized void passOn() {
		if (this.passedOn || this.abandoned) {
			return;
		}
		this.passedOn = true;
		try {
			HttpServletResponse response = (HttpServletResponse) getResponse();
			if (this.declaredLength >= 0 && this.held.size() == 0 && !response.isCommitted()) {
				response.setContentLengthLong(this.declaredLength);
			}
			if (this.held.size() > 0) {
				response.getOutputStream().write(this.held.toByteArray());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.held.reset();
	}

	@Nullable Locale language() {
		return this.language;
	}

	@Override
	public void setLocale(Locale locale) {
		this.language = locale;
		super.setLocale(locale);
	}

	@Override
	public synchronized ServletOutputStream getOutputStream() {
		if (this.stream == null) {
			this.stream = new HeldStream();
		}
		return this.stream;
	}

	@Override
	public synchronized PrintWriter getWriter() {
		if (this.writer == null) {
			String encoding = getCharacterEncoding();
			this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(encoding)));
		}
		return this.writer;
	}

	@Override
	public synchronized void flushBuffer() throws IOException {
		if (this.writer != null) {
			this.writer.flush();
		}
		if (this.passedOn) {
			super.flushBuffer();
		}
	}

	@Override
	public void setContentLength(int length) {
		setContentLengthLong(length);
	}

	@Override
	public synchronized void setContentLengthLong(long length) {
		if (this.passedOn) {
			super.setContentLengthLong(length);
		}
		else {
			this.declaredLength = length;
		}
	}

	@Override
	public synchronized void resetBuffer() {
		this.held.reset();
		super.resetBuffer();
	}

	@Override
	public synchronized void reset() {
		this.held.reset();
		super.reset();
	}

	@Override
	public synchronized void sendError(int status, String message) throws IOException {
		abandon();
		super.sendError(status, message);
	}

	@Override
	public synchronized void sendError(int status) throws IOException {
		abandon();
		super.sendError(status);
	}

	@Override
	public synchronized void sendRedirect(String location) throws IOException {
		abandon();
		super.sendRedirect(location);
	}

	private void abandon() {
		this.held.reset();
		this.abandoned = true;
	}

	private synchronized void write(byte[] bytes, int offset, int length) throws IOException {
		if (!this.passedOn && !this.abandoned
				&& (this.held.size() + length > this.limit || this.request.isAsyncStarted())) {
			passOn();
		}
		if (this.abandoned) {
			return;
		}
		if (this.passedOn) {
			getResponse().getOutputStream().write(bytes, offset, length);
		}
		else {
			this.held.write(bytes, offset, length);
		}
	}

	private final class HeldStream extends ServletOutputStream {

		@Override
		public void write(int b) throws IOException {
			AnswerCapture.this.write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			AnswerCapture.this.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			if (AnswerCapture.this.passedOn) {
				getResponse().getOutputStream().flush();
			}
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			try {
				getResponse().getOutputStream().setWriteListener(listener);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
