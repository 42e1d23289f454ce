import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The yardstick of the load benchmark: the JDK's own HTTP server, returning from memory the
 * bytes Pulje answered each read with, with the same content type. Nothing can answer the
 * same request on this machine with less work in Java, so Pulje's throughput is given as a
 * share of this one's.
 *
 *   java bench/BareServer.java PORT DIRECTORY
 *
 * DIRECTORY holds one file per read, named by its number, and an index with a line per
 * read: number, content type, path and query.
 */
public class BareServer {

	record Answer(String contentType, byte[] body) {
	}

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(args[0]);
		Path directory = Path.of(args[1]);
		Map<String, Answer> answers = new HashMap<>();
		List<String> index = Files.readAllLines(directory.resolve("index"));
		for (String line : index) {
			String[] parts = line.split(" ", 3);
			answers.put(parts[2], new Answer(parts[1], Files.readAllBytes(directory.resolve(parts[0]))));
		}
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
		server.createContext("/", exchange -> {
			String asked = exchange.getRequestURI().getRawPath()
					+ (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
			Answer answer = answers.get(asked);
			if (answer == null) {
				exchange.sendResponseHeaders(404, -1);
			}
			else {
				exchange.getResponseHeaders().set("Content-Type", answer.contentType());
				exchange.sendResponseHeaders(200, answer.body().length);
				exchange.getResponseBody().write(answer.body());
			}
			exchange.close();
		});
		server.setExecutor(Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors() * 2));
		server.start();
		System.out.println("Serving " + answers.size() + " answers on port " + port);
	}

}
