package dk.pulje.applications;

import org.springframework.data.repository.ListCrudRepository;

interface Applications extends ListCrudRepository<Application, Long> {

}
