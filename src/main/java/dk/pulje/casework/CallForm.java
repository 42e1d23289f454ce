package dk.pulje.casework;

/**
 * A call as its form posts it, new, changed or re-posted: a title, the amount (for a
 * re-post, empty for all that is left), the opening and the deadline, in Danish time.
 */
public class CallForm {

	private Long version;

	private String title;

	private String amount;

	private String opensAt;

	private String deadline;

	/** The number of the earmark the call offers; empty for the pool's free money. */
	private String earmark;

	public String getEarmark() {
		return this.earmark;
	}

	public void setEarmark(String earmark) {
		this.earmark = earmark;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getOpensAt() {
		return this.opensAt;
	}

	public void setOpensAt(String opensAt) {
		this.opensAt = opensAt;
	}

	public String getDeadline() {
		return this.deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

}
