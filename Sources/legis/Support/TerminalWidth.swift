import Glibc

/// How wide the output may be: `COLUMNS` when set, else the terminal's width, else 120.
enum TerminalWidth {
    static func columns(variable: (String) -> String? = EnvironmentVariables.value) -> Int {
        if let text = variable("COLUMNS"), let columns = Int(text), columns > 0 { return max(columns, 40) }
        var size = winsize()
        if Console.current == nil, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return max(Int(size.ws_col), 40)
        }
        return 120
    }
}
