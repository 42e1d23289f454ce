package dk.pulje.followup;

import org.springframework.data.repository.ListCrudRepository;

interface FollowUpGroups extends ListCrudRepository<FollowUpGroup, Long> {

}
