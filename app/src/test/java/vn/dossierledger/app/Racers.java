package vn.dossierledger.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Many threads released at once to make the same call, for tests of races. */
final class Racers {

	private Racers() {
	}

	/** The replies of {@code racers} threads that start the call together, in order. */
	static <T> List<T> race(int racers, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < racers; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> replies = new ArrayList<>();
			for (Future<T> future : futures) {
				replies.add(future.get());
			}
			return replies;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
