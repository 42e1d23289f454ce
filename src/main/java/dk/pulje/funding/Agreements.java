package dk.pulje.funding;

import org.springframework.data.repository.ListCrudRepository;

interface Agreements extends ListCrudRepository<Agreement, Long> {

}
