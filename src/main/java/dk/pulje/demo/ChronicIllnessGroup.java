package dk.pulje.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.pulje.followup.FollowUpGroupRequest.AppointerRequest;
import dk.pulje.followup.FollowUpGroupRequest.MeetingRequest;
import dk.pulje.followup.FollowUpGroupRequest;
import dk.pulje.followup.FollowUpManagement;

/**
 * Seed 003: the follow-up group for the health strategy's initiatives for chronic
 * illness, set up on 18 February 2015: the ten organisations that appoint its members,
 * its tasks in Pulje's own words, its rhythm, and its first meeting as announced. The
 * source names no members and no milestones, so there are none.
 */
@Component
class ChronicIllnessGroup {

	private static final List<String> APPOINTERS = List.of("Danske Regioner", "KL", "Sundhedskartellet",
			"Lægeforeningen", "Danske Patienter", "Lægevidenskabelige Selskaber", "Dansk Selskab for Almen Medicin",
			"Dansk Sygepleje Selskab", "Dansk Selskab for Fysioterapi", "Ergoterapifaglige selskaber");

	private final FollowUpManagement groups;

	ChronicIllnessGroup(FollowUpManagement groups) {
		this.groups = groups;
	}

	long set(long programmeId) {
		List<AppointerRequest> appointers = new ArrayList<>();
		for (int i = 0; i < APPOINTERS.size(); i++) {
			appointers.add(new AppointerRequest(i + 1, APPOINTERS.get(i)));
		}
		return this.groups.set(new FollowUpGroupRequest("Følgegruppen for initiativerne for kronisk sygdom",
				"Patientforeninger, fagfolk, regioner og kommuner giver råd, så initiativerne for mennesker med kronisk "
						+ "sygdom i sundhedsstrategien bliver udmøntet til mest mulig gavn for patienterne.",
				programmeId, LocalDate.of(2015, 2, 18), "hver 1.–2. måned", appointers, List.of(),
				List.of("Give input til én samlet plan for, hvordan initiativerne for kronisk sygdom gennemføres.",
						"Holde udmøntningen i gang efter planens milepæle.",
						"Skabe sammenhæng mellem initiativerne for kronisk sygdom og de øvrige initiativer, der støtter dem.",
						"Sikre rammer, forankring og opbakning til initiativerne i regioner, kommuner og almen praksis.",
						"Finde og hjælpe med at fjerne barrierer for udmøntningen."),
				List.of(new MeetingRequest(null, "februar 2015", "Første møde", null)), List.of(), List.of()), true)
			.id();
	}

}
