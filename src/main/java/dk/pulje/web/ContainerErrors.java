package dk.pulje.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Requests the servlet container refuses before Pulje sees them (an address with an
 * encoded NUL or bytes that are not UTF-8) are answered by the container's own error
 * report. For the API that report is a problem detail, like every other API error; pages
 * keep the container's short HTML page, without its server details.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

	@Bean
	ReportReplacement problemDetailsFromTheContainer() {
		return new ReportReplacement();
	}

	/**
	 * Runs after Spring Boot's own customizer, which adds the report this one replaces.
	 */
	static final class ReportReplacement implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				var pipeline = context.getParent().getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				// The host adds a report of its own class unless one of the class it
				// names is there.
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(Report.class.getName());
				}
				Report report = new Report();
				report.setShowServerInfo(false);
				report.setShowReport(false);
				pipeline.addValve(report);
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	/** The container's error report, as a problem detail for the API. */
	public static final class Report extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			String path = String.valueOf(request.getRequestURI());
			if (response.getStatus() < 400 || response.getContentWritten() > 0 || !ErrorPages.isApi(path)) {
				super.report(request, response, throwable);
				return;
			}
			if (!response.setErrorReported()) {
				return;
			}
			try {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(problem(response.getStatus()));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client has gone; nothing more to say
			}
		}

		/**
		 * In both languages: the container knows neither the request's language nor
		 * Pulje's messages.
		 */
		static String problem(int status) {
			return "{\"type\":\"/problems/invalid-request\",\"title\":\"Forespørgslen er ikke gyldig / The request is not valid\","
					+ "\"status\":" + status
					+ ",\"detail\":\"Adressen kan ikke læses: den indeholder et tegn, som ingen "
					+ "adresse må indeholde (fx NUL), eller bytes, som ikke er UTF-8. / The address cannot be read: it "
					+ "holds a character no address may hold (such as NUL), or bytes that are not UTF-8.\","
					+ "\"errors\":[{\"field\":\"path\",\"code\":\"value\",\"message\":\"Adressen kan ikke læses / The address "
					+ "cannot be read\"}]}";
		}

	}

}
