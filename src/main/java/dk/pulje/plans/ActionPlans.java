package dk.pulje.plans;

import org.springframework.data.repository.ListCrudRepository;

interface ActionPlans extends ListCrudRepository<ActionPlan, Long> {

}
