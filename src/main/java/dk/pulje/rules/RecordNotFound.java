package dk.pulje.rules;

/** Asked for a record that does not exist (or that the asker may not know exists). */
public class RecordNotFound extends RuntimeException {

	private final String kind;

	private final Object id;

	public RecordNotFound(String kind, Object id) {
		super(kind + " " + id + " not found");
		this.kind = kind;
		this.id = id;
	}

	public String kind() {
		return this.kind;
	}

	public Object id() {
		return this.id;
	}

}
