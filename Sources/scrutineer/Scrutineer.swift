import CommandLineInterface

@main
enum Scrutineer {
    static func main() async {
        await ScrutineerCommand.main()
    }
}
