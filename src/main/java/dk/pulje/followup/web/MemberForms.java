package dk.pulje.followup.web;

import java.util.ArrayList;
import java.util.List;

import static dk.pulje.web.FormValues.blank;

/**
 * The form of a follow-up group's appointing organisations and the members they
 * appointed, a row each, every value as typed; a row left empty is no row.
 */
class MemberForms {

	private Long version;

	private List<Row> appointers = new ArrayList<>();

	private List<Row> members = new ArrayList<>();

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<Row> getAppointers() {
		return this.appointers;
	}

	public void setAppointers(List<Row> appointers) {
		this.appointers = appointers;
	}

	public List<Row> getMembers() {
		return this.members;
	}

	public void setMembers(List<Row> members) {
		this.members = members;
	}

	/**
	 * An appointing organisation (its number and name) or a member (the appointer's
	 * number, name and position).
	 */
	static class Row {

		private String no;

		private String name;

		private String position;

		Row() {
		}

		Row(String no, String name, String position) {
			this.no = no;
			this.name = name;
			this.position = position;
		}

		boolean isEmpty() {
			return blank(this.no) && blank(this.name) && blank(this.position);
		}

		public String getNo() {
			return this.no;
		}

		public void setNo(String no) {
			this.no = no;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPosition() {
			return this.position;
		}

		public void setPosition(String position) {
			this.position = position;
		}

	}

}
