package dk.pulje.grants;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface GrantedProjects extends ListCrudRepository<GrantedProject, Long> {

	Optional<GrantedProject> findByApplicationId(Long applicationId);

}
