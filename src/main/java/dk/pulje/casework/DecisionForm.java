package dk.pulje.casework;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A decision as the form posts it: the outcome, for a grant in part the amount per year
 * as typed, a reason.
 */
public class DecisionForm {

	private Long version;

	private String outcome;

	private Map<String, String> granted = new LinkedHashMap<>();

	private String reason;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public Map<String, String> getGranted() {
		return this.granted;
	}

	public void setGranted(Map<String, String> granted) {
		this.granted = granted;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
