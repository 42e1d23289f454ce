package dk.pulje.reports;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminders from a schedule inside the application: every hour of the working
 * day by default ({@code pulje.reminders.cron}; "-" turns it off). Every node may run it;
 * the reminders themselves see that each goes out once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderSchedule {

	private final Reminders reminders;

	ReminderSchedule(Reminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${pulje.reminders.cron:0 0 7-18 * * *}", zone = "Europe/Copenhagen")
	void remind() {
		this.reminders.run();
	}

}
