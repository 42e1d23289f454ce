package dk.pulje.pools;

import org.springframework.data.repository.ListCrudRepository;

interface Pools extends ListCrudRepository<Pool, Long> {

}
