package dk.pulje.applications;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of file an application or a report may carry: documents, spreadsheets and
 * images that a caseworker can open safely. A file is taken to be of a kind only when
 * both its name's extension and its first bytes say so.
 */
public enum AttachmentKind {

	PDF("application/pdf", new String[] { "pdf" }, "%PDF-".getBytes()),

	WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new String[] { "docx" },
			ZipFile.MAGIC),

	EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new String[] { "xlsx" }, ZipFile.MAGIC),

	OPEN_TEXT("application/vnd.oasis.opendocument.text", new String[] { "odt" }, ZipFile.MAGIC),

	OPEN_SPREADSHEET("application/vnd.oasis.opendocument.spreadsheet", new String[] { "ods" }, ZipFile.MAGIC),

	PNG("image/png", new String[] { "png" }, new byte[] { (byte) 0x89, 'P', 'N', 'G' }),

	JPEG("image/jpeg", new String[] { "jpg", "jpeg" }, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	/** The first bytes of a ZIP archive, which Office and OpenDocument files are. */
	private static final class ZipFile {

		static final byte[] MAGIC = { 'P', 'K', 3, 4 };

	}

	/** The names of the extensions allowed, for messages: "pdf, docx, ...". */
	public static final String ALLOWED = String.join(", ",
			Arrays.stream(values()).flatMap(k -> Arrays.stream(k.extensions)).toList());

	private final String contentType;

	private final String[] extensions;

	private final byte[] magic;

	AttachmentKind(String contentType, String[] extensions, byte[] magic) {
		this.contentType = contentType;
		this.extensions = extensions;
		this.magic = magic;
	}

	public String contentType() {
		return this.contentType;
	}

	/**
	 * The kind a file is, judged by its name and its first bytes; empty when they
	 * disagree or the kind is not allowed.
	 */
	public static Optional<AttachmentKind> of(@Nullable String fileName, byte[] content) {
		if (fileName == null) {
			return Optional.empty();
		}
		int dot = fileName.lastIndexOf('.');
		String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(kind -> Arrays.asList(kind.extensions).contains(extension))
			.filter(kind -> startsWith(content, kind.magic))
			.findFirst();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
