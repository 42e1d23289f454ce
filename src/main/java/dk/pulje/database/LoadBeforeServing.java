package dk.pulje.database;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Work on the database that must be done before Pulje answers its first request (the
 * administrator's account, the demo data): it runs once all beans are made and before the
 * web server opens its port, so nobody sees the catalogue empty and then full. The lower
 * the phase, the earlier it runs.
 */
public abstract class LoadBeforeServing implements SmartLifecycle {

	private final int phase;

	private final TransactionOperations transactions;

	private volatile boolean loaded;

	protected LoadBeforeServing(int phase, TransactionOperations transactions) {
		this.phase = phase;
		this.transactions = transactions;
	}

	/** Loads what is missing, in one transaction; runs once per start. */
	protected abstract void load();

	@Override
	public void start() {
		this.transactions.executeWithoutResult(status -> load());
		this.loaded = true;
	}

	@Override
	public void stop() {
		this.loaded = false;
	}

	@Override
	public boolean isRunning() {
		return this.loaded;
	}

	@Override
	public int getPhase() {
		return this.phase;
	}

}
