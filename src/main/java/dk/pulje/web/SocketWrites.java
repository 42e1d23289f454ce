package dk.pulje.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * How much Tomcat hands the network in one write. Its default of 8 KB sent the money
 * overview's 200 KB page in 26 writes, where the JDK's own HTTP server needs a few; at 32
 * KB the page is served about 60 % faster (measured by hand beside bench/load's bare
 * server). Every open connection holds a buffer of this size, so the number of open
 * connections is capped at 4 096 (application.properties): at most 160 MB of buffers,
 * about what Tomcat's defaults (8 192 connections of 16 KB) allowed.
 */
@Component
class SocketWrites implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	static final int WRITE_BUFFER = 32 * 1024;

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(
				connector -> connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER)));
	}

}
