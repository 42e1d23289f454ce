package dk.pulje.funding;

import org.springframework.data.repository.ListCrudRepository;

interface Appropriations extends ListCrudRepository<Appropriation, Long> {

}
