package eu.clusterportal.directory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the partnership table as CSV. A cell with several terms or countries lists them
 * one per line; an unknown figure is an empty cell, never 0.
 */
@Component
class PartnershipCsvWriter {

	private static final List<String> HEADER_KEYS = List.of("partnerships.column.acronym",
			"partnerships.column.name", "partnerships.column.technology-fields", "partnerships.column.sectors",
			"partnerships.column.targets", "partnerships.csv.smes", "partnerships.csv.partners");

	private final MessageSource messages;

	PartnershipCsvWriter(MessageSource messages) {
		this.messages = messages;
	}

	String write(List<Partnership> partnerships, Locale locale) {
		StringWriter out = new StringWriter();
		String[] header = HEADER_KEYS.stream().map((key) -> messages.getMessage(key, null, locale))
			.toArray(String[]::new);
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header).get().print(out)) {
			for (Partnership p : partnerships) {
				csv.printRecord(p.getAcronym(), p.getName(), lines(p.getTechnologyFields(), PartnershipCsvWriter::term),
						lines(p.getSectors(), PartnershipCsvWriter::term),
						lines(p.getTargetCountries(), (c) -> c.getName()), p.getSmesInvolved(), p.getPartners());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String term(TaxonomyTerm term) {
		return term.getCode() + " " + term.getName();
	}

	private static <T> String lines(Collection<T> values, Function<T, String> text) {
		return values.stream().map(text).collect(Collectors.joining("\n"));
	}

}
