package dk.pulje.web;

import org.junit.jupiter.api.Test;

import dk.pulje.followup.FollowUpGroupRequest;
import dk.pulje.money.ApproximateDate;
import dk.pulje.plans.ActionPlanRequest;
import dk.pulje.pools.PoolRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A form reads its texts with the limits the API checks, as the request records state
 * them, so that the two cannot drift apart.
 */
class FormCheckTests {

	@Test
	void aTextsLimitIsReadFromItsRequest() {
		assertThat(FormCheck.longest(ActionPlanRequest.class, "owner")).isEqualTo(200);
		assertThat(FormCheck.longest(ActionPlanRequest.InitiativeRequest.class, "partners")).isEqualTo(1000);
		assertThat(FormCheck.longest(PoolRequest.class, "announced")).isEqualTo(ApproximateDate.LONGEST);
	}

	@Test
	void eachTextOfAListHasTheLimitOfItsElement() {
		assertThat(FormCheck.longest(FollowUpGroupRequest.class, "tasks")).isEqualTo(2000);
	}

	@Test
	void aComponentWithoutALimitIsAMistakeInTheForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> FormCheck.longest(PoolRequest.class, "programmeId"))
			.withMessageContaining("PoolRequest.programmeId");
	}

}
