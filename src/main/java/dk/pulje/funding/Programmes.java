package dk.pulje.funding;

import org.springframework.data.repository.ListCrudRepository;

interface Programmes extends ListCrudRepository<Programme, Long> {

}
