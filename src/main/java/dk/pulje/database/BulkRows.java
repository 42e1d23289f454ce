package dk.pulje.database;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads many rows of plain columns (numbers, truth values, short texts, times) as fast as
 * the database sends them. On PostgreSQL the rows come as {@code COPY}'s binary rows and
 * are read straight into numbers, with nothing made for a column; through the driver's
 * rows each number was a text parsed again and each row a few objects, and at a hundred
 * thousand pools collecting those was most of the time the money ledger took to read.
 * Elsewhere (H2) the rows come through JDBC.
 * <p>
 * Reads in the transaction of the thread, if any, and notes the tables it reads for
 * {@link TablesRead}.
 */
@Component
public class BulkRows {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	BulkRows(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** What is done with each row, which is only valid until the next. */
	@FunctionalInterface
	public interface RowHandler {

		void row(Row row);

	}

	/**
	 * The columns of the current row, numbered from 1 as in JDBC. A null number reads as
	 * 0, as in JDBC.
	 */
	public interface Row {

		long getLong(int column);

		int getInt(int column);

		boolean getBoolean(int column);

		@Nullable String getString(int column);

		/** A timestamp with time zone, in microseconds since 1970 began in UTC. */
		long getEpochMicros(int column);

		boolean isNull(int column);

	}

	/**
	 * Gives each row of the select to the handler, in the order the database sends them.
	 */
	public void forEachRow(String select, RowHandler handler) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			if (connection.isWrapperFor(PGConnection.class)) {
				TablesRead.note(ChangeNotingDataSource.classified(select).words());
				copy(connection.unwrap(PGConnection.class), select, handler);
				return;
			}
		}
		catch (SQLException ex) {
			throw new DataRetrievalFailureException("Could not read the rows of: " + select, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		ResultSetRow row = new ResultSetRow();
		this.jdbc.sql(select).query((ResultSet rs) -> {
			row.rs = rs;
			handler.row(row);
		});
	}

	private static void copy(PGConnection connection, String select, RowHandler handler) throws SQLException {
		CopyOut copy = connection.getCopyAPI().copyOut("copy (" + select + ") to stdout (format binary)");
		try {
			CopiedRows rows = new CopiedRows(copy);
			while (rows.next()) {
				handler.row(rows);
			}
		}
		finally {
			readToTheEnd(copy);
		}
	}

	/**
	 * Reads what is left of rows a handler stopped reading, so that the connection can be
	 * used again: the driver's cancelling of a COPY left it expecting the wrong messages.
	 */
	private static void readToTheEnd(CopyOut copy) throws SQLException {
		while (copy.isActive() && copy.readFromCopy() != null) {
			// Each piece is let go.
		}
	}

	/**
	 * The rows of {@code COPY}'s binary form: a signature and flags, then for each row
	 * the number of columns and each column's length (-1 for null) and bytes, big-endian;
	 * -1 columns ends it. The bytes arrive in pieces; a row's columns are gathered into
	 * one buffer that each row uses again.
	 */
	static final class CopiedRows implements Row {

		private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

		/** PostgreSQL counts time from 2000-01-01 in UTC. */
		private static final long MICROS_FROM_1970_TO_2000 = 946_684_800_000_000L;

		private final CopyOut copy;

		private byte[] piece = new byte[0];

		private int at;

		private byte[] bytes = new byte[64];

		private int[] starts = new int[8];

		private int[] lengths = new int[8];

		private int columns;

		private boolean begun;

		CopiedRows(CopyOut copy) {
			this.copy = copy;
		}

		boolean next() throws SQLException {
			if (!this.begun) {
				begin();
			}
			int count = readShort();
			if (count < 0) {
				while (this.copy.readFromCopy() != null) {
					// What follows the end is read, so that the connection can be used
					// again.
				}
				return false;
			}
			if (count > this.starts.length) {
				this.starts = new int[count];
				this.lengths = new int[count];
			}
			this.columns = count;
			int used = 0;
			for (int column = 0; column < count; column++) {
				int length = readInt();
				this.starts[column] = used;
				this.lengths[column] = length;
				if (length > 0) {
					if (used + length > this.bytes.length) {
						this.bytes = Arrays.copyOf(this.bytes, Math.max(used + length, this.bytes.length * 2));
					}
					read(this.bytes, used, length);
					used += length;
				}
			}
			return true;
		}

		private void begin() throws SQLException {
			byte[] signature = new byte[SIGNATURE.length];
			read(signature, 0, signature.length);
			if (!Arrays.equals(signature, SIGNATURE)) {
				throw new SQLException("The database did not send COPY's binary rows");
			}
			readInt();
			int extension = readInt();
			read(new byte[extension], 0, extension);
			this.begun = true;
		}

		private int readShort() throws SQLException {
			return (short) ((readByte() << 8) | readByte());
		}

		private int readInt() throws SQLException {
			if (this.at + 4 <= this.piece.length) {
				int value = intAt(this.piece, this.at);
				this.at += 4;
				return value;
			}
			return (readByte() << 24) | (readByte() << 16) | (readByte() << 8) | readByte();
		}

		private int readByte() throws SQLException {
			if (this.at == this.piece.length) {
				nextPiece();
			}
			return this.piece[this.at++] & 0xff;
		}

		private void read(byte[] into, int offset, int length) throws SQLException {
			int done = 0;
			while (done < length) {
				if (this.at == this.piece.length) {
					nextPiece();
				}
				int n = Math.min(length - done, this.piece.length - this.at);
				System.arraycopy(this.piece, this.at, into, offset + done, n);
				this.at += n;
				done += n;
			}
		}

		private void nextPiece() throws SQLException {
			byte[] next = this.copy.readFromCopy();
			if (next == null) {
				throw new SQLException("COPY's binary rows ended before their end");
			}
			this.piece = next;
			this.at = 0;
		}

		private static int intAt(byte[] bytes, int at) {
			return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
					| (bytes[at + 3] & 0xff);
		}

		private static long longAt(byte[] bytes, int at) {
			return ((long) intAt(bytes, at) << 32) | (intAt(bytes, at + 4) & 0xffffffffL);
		}

		private int length(int column) {
			if (column < 1 || column > this.columns) {
				throw new IllegalArgumentException("There is no column " + column + " of " + this.columns);
			}
			return this.lengths[column - 1];
		}

		@Override
		public long getLong(int column) {
			int start = this.starts[column - 1];
			return switch (length(column)) {
				case -1 -> 0;
				case 2 -> (short) ((this.bytes[start] & 0xff) << 8 | (this.bytes[start + 1] & 0xff));
				case 4 -> intAt(this.bytes, start);
				case 8 -> longAt(this.bytes, start);
				default -> throw new IllegalStateException("Column " + column + " is not a whole number");
			};
		}

		@Override
		public int getInt(int column) {
			return Math.toIntExact(getLong(column));
		}

		@Override
		public boolean getBoolean(int column) {
			return switch (length(column)) {
				case -1 -> false;
				case 1 -> this.bytes[this.starts[column - 1]] != 0;
				default -> throw new IllegalStateException("Column " + column + " is not a truth value");
			};
		}

		@Override
		public @Nullable String getString(int column) {
			int length = length(column);
			return length < 0 ? null : new String(this.bytes, this.starts[column - 1], length, StandardCharsets.UTF_8);
		}

		@Override
		public long getEpochMicros(int column) {
			if (length(column) != 8) {
				throw new IllegalStateException("Column " + column + " is not a time");
			}
			return longAt(this.bytes, this.starts[column - 1]) + MICROS_FROM_1970_TO_2000;
		}

		@Override
		public boolean isNull(int column) {
			return length(column) < 0;
		}

	}

	/** The current row of a result set. */
	private static final class ResultSetRow implements Row {

		private @Nullable ResultSet rs;

		@Override
		public long getLong(int column) {
			return read(rs -> rs.getLong(column));
		}

		@Override
		public int getInt(int column) {
			return read(rs -> rs.getInt(column));
		}

		@Override
		public boolean getBoolean(int column) {
			return read(rs -> rs.getBoolean(column));
		}

		@Override
		public @Nullable String getString(int column) {
			return read(rs -> rs.getString(column));
		}

		@Override
		public long getEpochMicros(int column) {
			OffsetDateTime time = read(rs -> rs.getObject(column, OffsetDateTime.class));
			if (time == null) {
				throw new IllegalStateException("Column " + column + " has no time");
			}
			return time.toEpochSecond() * 1_000_000L + time.getNano() / 1_000;
		}

		@Override
		public boolean isNull(int column) {
			return read(rs -> rs.getObject(column) == null);
		}

		private <T> T read(Reading<T> reading) {
			if (this.rs == null) {
				throw new IllegalStateException("No row has been read");
			}
			try {
				return reading.from(this.rs);
			}
			catch (SQLException ex) {
				throw new DataRetrievalFailureException("Could not read a column", ex);
			}
		}

		@FunctionalInterface
		private interface Reading<T> {

			T from(ResultSet rs) throws SQLException;

		}

	}

}
