package dk.pulje.casework;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bookmark to an editor's address from before every editor moved under /casework still
 * leads to the editor.
 */
@IntegrationTest
class EditorAddressesTests {

	@LocalServerPort
	int port;

	@Test
	void aPlansYearEditorBookmarkedAtItsOldAddressMovedPermanently() throws Exception {
		HttpResponse<String> old = new SessionClient().get("http://localhost:" + this.port + "/plans/1/year?year=2018");

		assertThat(old.statusCode()).isEqualTo(301);
		assertThat(old.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/casework/plans/1/year?year=2018"));
	}

	@Test
	void aFollowUpGroupsNewMeetingBookmarkMovedPermanently() throws Exception {
		HttpResponse<String> old = new SessionClient()
			.get("http://localhost:" + this.port + "/follow-up-groups/1/meetings/new");

		assertThat(old.statusCode()).isEqualTo(301);
		assertThat(old.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/casework/follow-up-groups/1/meetings/new"));
	}

}
