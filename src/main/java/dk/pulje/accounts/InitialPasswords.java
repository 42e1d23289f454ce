package dk.pulje.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first passwords of new accounts, each with its bcrypt hash. Bcrypt is slow by
 * design, and slowest while Java is still starting, when it runs interpreted. The first
 * start on a new database opens the administrator's account and, with the demo data,
 * seven more: so when there is no account yet, that many are hashed ahead, on a thread of
 * their own, while the rest of Pulje starts, and the start takes them rather than waiting
 * for each in turn. Later accounts get theirs made when they are opened.
 */
@Component
class InitialPasswords {

	/** The administrator and the demo data's seven accounts. */
	static final int FIRST_START = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A password, shown once, and the hash that is kept. */
	record Initial(String password, String hash) {
	}

	private final PasswordEncoder encoder;

	private final Queue<Future<Initial>> ahead = new ConcurrentLinkedQueue<>();

	InitialPasswords(PasswordEncoder encoder, JdbcClient jdbc) {
		this.encoder = encoder;
		boolean noAccountYet = jdbc.sql("select 1 from account fetch first 1 rows only")
			.query(Integer.class)
			.optional()
			.isEmpty();
		if (noAccountYet) {
			ExecutorService hashing = Executors.newSingleThreadExecutor(task -> {
				Thread thread = new Thread(task, "initial-passwords");
				thread.setDaemon(true);
				return thread;
			});
			for (int i = 0; i < FIRST_START; i++) {
				this.ahead.add(hashing.submit(this::make));
			}
			hashing.shutdown();
		}
	}

	/** A new password and its hash: one made ahead if any is left, or one made now. */
	Initial next() {
		Future<Initial> made = this.ahead.poll();
		if (made != null) {
			try {
				return made.get();
			}
			catch (ExecutionException ex) {
				// the encoder failed on that thread; it gets its chance again below
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return make();
	}

	private Initial make() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new Initial(password, this.encoder.encode(password));
	}

}
