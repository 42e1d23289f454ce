package dk.pulje.opendata;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who publishes the open data and under which licence; set in {@code pulje.open-data.*}.
 * The publisher's identifier is its organisation identifier (a {@code DK-CVR-} number for
 * a Danish authority): it funds the grants, reports the IATI activities and begins their
 * identifiers. Grant identifiers begin with the publisher's 360Giving prefix. Demo
 * records are published, marked, unless {@code include-demo} is false.
 */
@Component
public class OpenDataSettings {

	private final String grantPrefix;

	private final String publisherId;

	private final String publisherName;

	private final String licenceName;

	private final String licenceUrl;

	private final boolean includeDemo;

	private final String baseUrl;

	OpenDataSettings(@Value("${pulje.open-data.grant-prefix:360G-pulje}") String grantPrefix,
			@Value("${pulje.open-data.publisher-id:DK-CVR-29189846}") String publisherId,
			@Value("${pulje.open-data.publisher-name:Sundhedsstyrelsen}") String publisherName,
			@Value("${pulje.open-data.licence-name:CC BY 4.0}") String licenceName,
			@Value("${pulje.open-data.licence-url:https://creativecommons.org/licenses/by/4.0/}") String licenceUrl,
			@Value("${pulje.open-data.include-demo:true}") boolean includeDemo,
			@Value("${pulje.base-url:http://localhost:8080}") String baseUrl) {
		this.grantPrefix = grantPrefix;
		this.publisherId = publisherId;
		this.publisherName = publisherName;
		this.licenceName = licenceName;
		this.licenceUrl = licenceUrl;
		this.includeDemo = includeDemo;
		this.baseUrl = baseUrl;
	}

	public String grantPrefix() {
		return this.grantPrefix;
	}

	public String publisherId() {
		return this.publisherId;
	}

	public String publisherName() {
		return this.publisherName;
	}

	public String licenceName() {
		return this.licenceName;
	}

	public String licenceUrl() {
		return this.licenceUrl;
	}

	public boolean includeDemo() {
		return this.includeDemo;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	/** A grant's identifier: the prefix and the granted project's number. */
	String grantId(long grantedProjectId) {
		return this.grantPrefix + "-" + grantedProjectId;
	}

}
