package dk.pulje.opendata;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/**
 * The published grants as IATI 2.03 activities, one activity a grant, written as they are
 * read. Each has the grant as an outgoing commitment, its payments as disbursements and
 * its repayments as incoming funds from the recipient, and a budget for each year
 * granted, within the activity's dates.
 */
final class IatiActivities {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final OpenDataSettings settings;

	IatiActivities(OpenDataSettings settings) {
		this.settings = settings;
	}

	void write(OutputStream out, OffsetDateTime generated, Consumer<Consumer<OpenGrant>> grants) {
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("iati-activities");
			xml.writeAttribute("version", "2.03");
			xml.writeAttribute("generated-datetime", OpenDates.dateTime(generated));
			LocalDate today = generated.toLocalDate();
			grants.accept(grant -> {
				try {
					activity(xml, grant, today);
				}
				catch (XMLStreamException ex) {
					throw new IllegalStateException(ex);
				}
			});
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void activity(XMLStreamWriter xml, OpenGrant grant, LocalDate today) throws XMLStreamException {
		xml.writeStartElement("iati-activity");
		xml.writeAttribute("last-updated-datetime", OpenDates.dateTime(grant.modified()));
		xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "da");
		xml.writeAttribute("default-currency", "DKK");
		text(xml, "iati-identifier", this.settings.publisherId() + "-" + grant.grantId(this.settings));
		organisation(xml, "reporting-org", this.settings.publisherId(), "10", null, this.settings.publisherName());
		narrative(xml, "title", grant.title(), null);
		narrative(xml, "description", grant.description(), "1");
		organisation(xml, "participating-org", grant.funderId(this.settings), "10", "1", grant.funder(this.settings));
		organisation(xml, "participating-org", OpenOrganisations.id(grant.recipient(), this.settings),
				organisationType(grant.recipient()), "4", grant.recipient().name());
		empty(xml, "activity-status", "code", status(grant, today));
		date(xml, "1", grant.plannedStart());
		date(xml, "3", grant.plannedEnd());
		xml.writeEmptyElement("recipient-country");
		xml.writeAttribute("code", "DK");
		xml.writeAttribute("percentage", "100");
		if (grant.demo()) {
			xml.writeStartElement("tag");
			xml.writeAttribute("vocabulary", "99");
			xml.writeAttribute("vocabulary-uri", this.settings.baseUrl() + "/open-data");
			xml.writeAttribute("code", "demo");
			narrativeOnly(xml, GivingPackage.DEMO_TITLE);
			xml.writeEndElement();
		}
		for (Map.Entry<Integer, Amount> year : grant.byYear().byYear().entrySet()) {
			budget(xml, grant, year.getKey(), year.getValue());
		}
		transaction(xml, "2", grant.awardDate(), grant.amount(), grant.funderId(this.settings),
				grant.funder(this.settings), OpenOrganisations.id(grant.recipient(), this.settings),
				grant.recipient().name());
		for (OpenGrant.Transaction payment : grant.transactions()) {
			if (payment.repayment()) {
				transaction(xml, "1", payment.on(), payment.amount(),
						OpenOrganisations.id(grant.recipient(), this.settings), grant.recipient().name(),
						grant.funderId(this.settings), grant.funder(this.settings));
			}
			else {
				transaction(xml, "3", payment.on(), payment.amount(), grant.funderId(this.settings),
						grant.funder(this.settings), OpenOrganisations.id(grant.recipient(), this.settings),
						grant.recipient().name());
			}
		}
		xml.writeEndElement();
	}

	/**
	 * A year's budget, its period the part of the calendar year that lies within the
	 * activity's dates, as IATI's rules want it.
	 */
	private static void budget(XMLStreamWriter xml, OpenGrant grant, int year, Amount amount)
			throws XMLStreamException {
		LocalDate start = later(LocalDate.of(year, 1, 1), grant.plannedStart());
		LocalDate end = earlier(LocalDate.of(year, 12, 31), grant.plannedEnd());
		if (end.isBefore(start)) {
			start = LocalDate.of(year, 1, 1);
			end = LocalDate.of(year, 12, 31);
		}
		xml.writeStartElement("budget");
		xml.writeAttribute("type", "1");
		xml.writeAttribute("status", "2");
		empty(xml, "period-start", "iso-date", start.toString());
		empty(xml, "period-end", "iso-date", end.toString());
		value(xml, amount, start);
		xml.writeEndElement();
	}

	private static void transaction(XMLStreamWriter xml, String type, LocalDate on, Amount amount, String providerId,
			String provider, String receiverId, String receiver) throws XMLStreamException {
		xml.writeStartElement("transaction");
		empty(xml, "transaction-type", "code", type);
		empty(xml, "transaction-date", "iso-date", on.toString());
		value(xml, amount, on);
		xml.writeStartElement("provider-org");
		xml.writeAttribute("ref", providerId);
		narrativeOnly(xml, provider);
		xml.writeEndElement();
		xml.writeStartElement("receiver-org");
		xml.writeAttribute("ref", receiverId);
		narrativeOnly(xml, receiver);
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void value(XMLStreamWriter xml, Amount amount, LocalDate on) throws XMLStreamException {
		xml.writeStartElement("value");
		xml.writeAttribute("currency", "DKK");
		xml.writeAttribute("value-date", on.toString());
		xml.writeCharacters(amount.kroner().toPlainString());
		xml.writeEndElement();
	}

	private static void organisation(XMLStreamWriter xml, String element, String ref, String type,
			@Nullable String role, String name) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeAttribute("ref", ref);
		xml.writeAttribute("type", type);
		if (role != null) {
			xml.writeAttribute("role", role);
		}
		narrativeOnly(xml, name);
		xml.writeEndElement();
	}

	private static void date(XMLStreamWriter xml, String type, LocalDate on) throws XMLStreamException {
		xml.writeEmptyElement("activity-date");
		xml.writeAttribute("type", type);
		xml.writeAttribute("iso-date", on.toString());
	}

	private static void narrative(XMLStreamWriter xml, String element, String text, @Nullable String type)
			throws XMLStreamException {
		xml.writeStartElement(element);
		if (type != null) {
			xml.writeAttribute("type", type);
		}
		narrativeOnly(xml, text);
		xml.writeEndElement();
	}

	private static void narrativeOnly(XMLStreamWriter xml, String text) throws XMLStreamException {
		xml.writeStartElement("narrative");
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void empty(XMLStreamWriter xml, String element, String attribute, String value)
			throws XMLStreamException {
		xml.writeEmptyElement(element);
		xml.writeAttribute(attribute, value);
	}

	/** 4 closed, 3 finalisation (the period is over), 2 implementation. */
	private static String status(OpenGrant grant, LocalDate today) {
		if (grant.closed()) {
			return "4";
		}
		return grant.plannedEnd().isBefore(today) ? "3" : "2";
	}

	/** IATI's organisation types: 10 government, 22 national NGO, 70 private sector. */
	private static String organisationType(OpenGrant.Recipient recipient) {
		return switch (recipient.type()) {
			case "PRIVATE_ORGANISATION" -> "22";
			case "GENERAL_PRACTICE" -> "70";
			default -> "10";
		};
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
