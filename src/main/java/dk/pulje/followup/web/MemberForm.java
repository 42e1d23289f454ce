package dk.pulje.followup.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.pulje.followup.FollowUpGroupView;
import dk.pulje.web.FormValues;

import static dk.pulje.web.FormValues.blank;

/**
 * The form of a follow-up group's appointing organisations and the members they
 * appointed, a row each, every value as typed; a row left empty is no row.
 */
record MemberForm(Long version, List<Row> appointers, List<Row> members) {

	/** Rows a browser did not send (a gap in the numbering) are no rows. */
	MemberForm {
		appointers = FormValues.rows(appointers);
		members = FormValues.rows(members);
	}

	/** The group's appointers and members as they stand. */
	static MemberForm of(FollowUpGroupView group) {
		List<Row> appointers = new ArrayList<>();
		List<Row> members = new ArrayList<>();
		for (FollowUpGroupView.AppointerView appointer : group.appointers()) {
			String no = String.valueOf(appointer.no());
			appointers.add(new Row(no, appointer.name(), null));
			appointer.members().forEach(m -> members.add(new Row(no, m.name(), m.position())));
		}
		return new MemberForm(group.version(), appointers, members);
	}

	/** The same form with room for {@code blank} more appointers and members. */
	MemberForm padded(int blank) {
		return new MemberForm(this.version, FormValues.withBlankRows(this.appointers, blank, Row::empty, Row::isEmpty),
				FormValues.withBlankRows(this.members, blank, Row::empty, Row::isEmpty));
	}

	/**
	 * An appointing organisation (its number and name) or a member (the appointer's
	 * number, name and position).
	 */
	record Row(@Nullable String no, @Nullable String name, @Nullable String position) {

		static Row empty() {
			return new Row(null, null, null);
		}

		boolean isEmpty() {
			return blank(this.no) && blank(this.name) && blank(this.position);
		}

	}

}
